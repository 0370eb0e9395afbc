// Not compiled: the layer check must refuse this file (test "layers: the
// check refuses a storage header in ui").
#include "storage/studentrepository.h"
