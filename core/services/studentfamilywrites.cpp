#include "services/studentfamilywrites.h"

#include <QSet>

#include <algorithm>

namespace care::studentfamily {

namespace {

bool sameLinkFields(const GuardianLink &a, const GuardianLink &b)
{
    return a.relation == b.relation && a.isPrimary == b.isPrimary && a.livesWithStudent == b.livesWithStudent;
}

bool sameLink(const GuardianLink &a, const GuardianLink &b)
{
    return a.guardian == b.guardian && sameLinkFields(a, b);
}

}  // namespace

bool guardiansDiffer(const QList<GuardianLink> &stored, const QList<GuardianLink> &wanted)
{
    if (stored.size() != wanted.size())
        return true;
    for (const GuardianLink &link : wanted) {
        const auto match = std::find_if(stored.begin(), stored.end(), [&](const GuardianLink &s) {
            return !link.guardian.id.isEmpty() && s.guardian.id == link.guardian.id;
        });
        if (match == stored.end() || !sameLink(*match, link))
            return true;
    }
    return false;
}

bool householdDiffers(const std::optional<Household> &stored, const Household &wanted)
{
    if (!stored)
        return true;
    Household compared = wanted;
    compared.id = stored->id;
    return !(compared == *stored);
}

Status storeHousehold(WriteScope &scope, StudentRepository &repo, Household &h)
{
    std::optional<Household> stored;
    if (h.id.isEmpty()) {
        h.id = scope.makeId();
    } else {
        auto found = repo.household(h.id);
        if (!found)
            return found.error();
        stored = found.value();
    }
    if (stored) {
        if (auto st = StudentRepository::update(scope, *stored, h); !st)
            return st.error();
        return {};
    }
    return StudentRepository::insert(scope, h);
}

Status writeGuardians(WriteScope &scope, StudentRepository &repo, const QString &studentId,
                      const QList<GuardianLink> &wanted)
{
    auto existing = repo.guardians(studentId);
    if (!existing)
        return existing.error();
    QSet<QString> keep;
    for (GuardianLink link : wanted) {
        const auto match = std::find_if(existing->begin(), existing->end(), [&](const GuardianLink &l) {
            return !link.guardian.id.isEmpty() && l.guardian.id == link.guardian.id;
        });
        if (match == existing->end()) {
            // A guardian with an id may already be stored (a sibling's
            // guardian, or one a redo brings back): update it, don't duplicate.
            std::optional<Guardian> stored;
            if (link.guardian.id.isEmpty()) {
                link.guardian.id = scope.makeId();
            } else {
                auto found = repo.guardian(link.guardian.id);
                if (!found)
                    return found.error();
                stored = found.value();
            }
            if (stored) {
                if (auto s = StudentRepository::update(scope, *stored, link.guardian); !s)
                    return s.error();
            } else if (auto s = StudentRepository::insert(scope, link.guardian); !s) {
                return s;
            }
        } else if (auto s = StudentRepository::update(scope, match->guardian, link.guardian); !s) {
            return s.error();
        }
        // An unchanged link is not written again (nor logged for sync).
        if (match == existing->end() || !sameLinkFields(*match, link))
            if (auto s = StudentRepository::link(scope, studentId, link); !s)
                return s;
        keep.insert(link.guardian.id);
    }
    for (const GuardianLink &old : existing.value())
        if (!keep.contains(old.guardian.id))
            if (auto s = StudentRepository::unlink(scope, studentId, old.guardian.id); !s)
                return s;
    return {};
}

}  // namespace care::studentfamily
