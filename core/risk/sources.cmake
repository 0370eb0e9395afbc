# core/risk: the risk rule set (resources/rules/default.json), its loader and
# validation, evaluation with reasons, recompute, history, what-if and
# worklists, and their SQL in core/storage.
target_sources(care_core PRIVATE
    risk/risklevel.h risk/risklevel.cpp
    risk/risksignal.h risk/risksignal.cpp
    risk/ruleset.h risk/ruleset.cpp
    risk/rulesetloader.h risk/rulesetloader.cpp
    risk/rulesetreader.h risk/rulesetreader.cpp risk/rulesetrules.cpp
    risk/riskinputs.h
    risk/riskoutcome.h risk/riskoutcome.cpp
    risk/compactjson.h risk/compactjson.cpp
    risk/riskhits.h risk/riskhits.cpp
    risk/riskevaluator.h risk/riskevaluator.cpp
    risk/reasontext.h risk/reasontext.cpp
    risk/riskengine.h risk/riskengine.cpp
    risk/riskjudgeahead.h risk/riskjudgeahead.cpp
    risk/riskservice.h risk/riskservice.cpp risk/riskservicereads.cpp risk/riskwhatif.cpp
    storage/rawstatement.h storage/rawstatement.cpp
    storage/riskinputrepository.h storage/riskinputbatch.h storage/riskinputrepository.cpp storage/riskinputsealed.cpp
    storage/riskrepository.h storage/riskrepository.cpp storage/riskrepositorylists.cpp
)
qt_add_resources(care_rule_resources ${PROJECT_SOURCE_DIR}/resources/rules/rules.qrc)
target_sources(care_core PRIVATE ${care_rule_resources})
