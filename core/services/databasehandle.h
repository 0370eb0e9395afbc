#pragma once

// The open database as ui/ and app/ hold it. They open and close the file,
// read its path and pass the handle to core's services, which take the
// signed-in session and decide what it may read or write; they never query
// it themselves (no storage/ header and no SQL outside core: see
// cmake/check-layers.cmake, run by the test suite).
#include "storage/database.h"
