#pragma once

#include "domain/entities.h"
#include "storage/studentrepository.h"
#include "storage/writescope.h"

#include <QList>
#include <QString>

#include <optional>

namespace care::studentfamily {

// Shared by StudentService's writes: a student's guardians and household.

// True when saving `wanted` would change the stored links or guardians.
bool guardiansDiffer(const QList<GuardianLink> &stored, const QList<GuardianLink> &wanted);
// True when saving `wanted` would change the stored household (ids aside).
bool householdDiffers(const std::optional<Household> &stored, const Household &wanted);

// Stores the household a record brings: a new one (an id is made when it has
// none) or, by its id, an existing one (only changed fields written).
Status storeHousehold(WriteScope &scope, StudentRepository &repo, Household &h);

// Links exactly `wanted` to the student: new guardians are inserted (or
// updated when their id is already stored), missing ones are unlinked; only
// links and guardians that change are written.
Status writeGuardians(WriteScope &scope, StudentRepository &repo, const QString &studentId,
                      const QList<GuardianLink> &wanted);

}  // namespace care::studentfamily
