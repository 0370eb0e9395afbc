#include "userarguments.h"

#include "console.h"
#include "exitcode.h"
#include "terminalinput.h"

#include "services/schooldirectory.h"
#include "util/clock.h"

namespace care::cli {
namespace {

int printError(const Error &error, int exitCode)
{
    Console::errLine(error.describe());
    return exitCode;
}

// Every way a person may name this classroom on the command line.
QStringList namesOf(const Classroom &classroom)
{
    return {classroom.id, classroom.name(), QStringLiteral("%1/%2").arg(code(classroom.grade)).arg(classroom.room)};
}

} // namespace

std::optional<Role> UserArguments::role(const QString &roleCode, int *exitCode)
{
    if (const auto found = roleFromCode(roleCode.trimmed().toLower()))
        return found;
    QStringList codes;
    for (Role r : allRoles())
        codes << code(r);
    Console::errLine(tr("Unknown role “%1”; use one of: %2.").arg(roleCode, codes.join(QStringLiteral(", "))));
    *exitCode = ExitInvalidInput;
    return std::nullopt;
}

std::optional<QString> UserArguments::schoolId(Database &db, const Session &session, const QString &schoolCode,
                                               int *exitCode)
{
    // The schools the user may see: a director names only their own.
    auto schools = SchoolDirectory(db, Clock::system()).schools(session);
    if (!schools) {
        *exitCode = printError(schools.error(), ExitFileProblem);
        return std::nullopt;
    }
    for (const School &school : schools.value())
        if (school.code == schoolCode.trimmed())
            return school.id;
    Console::errLine(tr("No school in this database has the code “%1”.").arg(schoolCode));
    *exitCode = ExitInvalidInput;
    return std::nullopt;
}

std::optional<QSet<QString>> UserArguments::classroomIds(Database &db, const Session &session, const QString &schoolId,
                                                         const QStringList &classrooms, int *exitCode)
{
    QSet<QString> ids;
    if (classrooms.isEmpty())
        return ids;
    if (schoolId.isEmpty()) {
        Console::errLine(tr("Classrooms belong to a school: give --school CODE with --classroom."));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    const SchoolDirectory directory(db, Clock::system());
    auto year = directory.currentAcademicYear(session);
    if (!year) {
        *exitCode = printError(year.error(), ExitFileProblem);
        return std::nullopt;
    }
    QList<Classroom> available;
    if (year.value()) {
        auto listed = directory.classrooms(session, schoolId, year.value()->id);
        if (!listed) {
            *exitCode = printError(listed.error(), ExitFileProblem);
            return std::nullopt;
        }
        available = listed.value();
    }
    for (const QString &wanted : classrooms) {
        const QString name = wanted.trimmed();
        QString match;
        for (const Classroom &classroom : available)
            if (namesOf(classroom).contains(name, Qt::CaseInsensitive))
                match = classroom.id;
        if (match.isEmpty()) {
            QStringList names;
            for (const Classroom &classroom : available)
                names << classroom.name();
            Console::errLine(tr("The school has no classroom “%1” this academic year; its classrooms are: %2.")
                                 .arg(name, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
            *exitCode = ExitInvalidInput;
            return std::nullopt;
        }
        ids.insert(match);
    }
    return ids;
}

std::optional<UserSummary> UserArguments::user(const QList<UserSummary> &users, const QString &username,
                                               int *exitCode)
{
    for (const UserSummary &user : users)
        if (user.username.compare(username.trimmed(), Qt::CaseInsensitive) == 0)
            return user;
    Console::errLine(tr("No user you manage has the user name “%1”.").arg(username));
    *exitCode = ExitInvalidInput;
    return std::nullopt;
}

std::optional<QString> UserArguments::newPassword(const QString &username, int *exitCode)
{
    if (qEnvironmentVariableIsSet("CARE_NEW_PASSWORD"))
        return qEnvironmentVariable("CARE_NEW_PASSWORD");
    if (!TerminalInput::stdinIsTerminal()) {
        Console::errLine(tr("No new password given: set CARE_NEW_PASSWORD, or run care-cli in a terminal to type "
                            "it."));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    const auto first = TerminalInput::readSecret(tr("New password for %1: ").arg(username));
    const auto second = first ? TerminalInput::readSecret(tr("Type the new password again: ")) : std::nullopt;
    if (!first || !second || *first != *second) {
        Console::errLine(first && second ? tr("The two passwords differ; nothing was changed.")
                                         : tr("No new password given; nothing was changed."));
        *exitCode = ExitInvalidInput;
        return std::nullopt;
    }
    return first;
}

} // namespace care::cli
