# core/screening: instruments as data (resources/instruments), their loader
# and validation, scoring, and the licensed wording a municipality installs.
target_sources(care_core PRIVATE
    screening/instrument.h screening/instrument.cpp
    screening/instrumentjson.h screening/instrumentjson.cpp
    screening/instrumentparts.h screening/instrumentparts.cpp screening/instrumentimpact.cpp
    screening/bandsetreader.h screening/bandsetreader.cpp
    screening/instrumentloader.h screening/instrumentloader.cpp
    screening/instrumentregistry.h screening/instrumentregistry.cpp
    screening/scoring.h screening/scoring.cpp
    screening/answertext.h screening/answertext.cpp
    screening/wording.h screening/wording.cpp
    storage/instrumentwordingrepository.h storage/instrumentwordingrepository.cpp
    services/instrumentwordingservice.h services/instrumentwordingservice.cpp
)
qt_add_resources(care_instrument_resources ${PROJECT_SOURCE_DIR}/resources/instruments/instruments.qrc)
target_sources(care_core PRIVATE ${care_instrument_resources})
