#include "gradescommand.h"

#include "commandline.h"
#include "commandsupport.h"
#include "console.h"
#include "exitcode.h"
#include "recordarguments.h"
#include "recordprinter.h"
#include "subcommands.h"

#include "services/indicatorservice.h"
#include "util/clock.h"

namespace care::cli {
namespace {

constexpr int kMaxMarks = 50;

// --mark SUBJECT=MARK, repeated; nullopt with the message printed.
std::optional<QList<SubjectMark>> subjectMarks(const CommandLine &commandLine, int *exitCode)
{
    QList<SubjectMark> marks;
    for (const QString &text : commandLine.values(QStringLiteral("mark"))) {
        const qsizetype split = text.lastIndexOf(QLatin1Char('='));
        const auto mark = split > 0 ? markFromText(text.mid(split + 1)) : std::nullopt;
        if (!mark) {
            Console::errLine(GradesCommand::tr("Invalid value “%1” for --mark: write SUBJECT=MARK with the mark 0, ร "
                                               "(or r) or มส (or ms), e.g. คณิตศาสตร์=0.")
                                     .arg(text));
            *exitCode = ExitInvalidInput;
            return std::nullopt;
        }
        marks << SubjectMark{{}, text.left(split), *mark};
    }
    return marks;
}

}  // namespace

int GradesCommand::run(const QStringList &arguments)
{
    return Subcommands::dispatch(QStringLiteral("grades"), arguments,
                                 {{QStringLiteral("set"), set}, {QStringLiteral("list"), list}}, printHelp);
}

int GradesCommand::printHelp()
{
    Console::outLine(tr("Usage: care-cli grades set|list --db FILE …"));
    Console::outLine();
    Console::outLine(tr("  set   Record a student's GPA and failing marks in one term."));
    Console::outLine(tr("  list  Show a student's grades per term."));
    Console::outLine();
    Console::outLine(tr("Run “care-cli grades set --help” or “care-cli grades list --help” for their options."));
    return ExitOk;
}

int GradesCommand::set(const QStringList &arguments)
{
    CommandLine commandLine(
            QStringLiteral("grades set"),
            QStringLiteral("--db FILE --term N/YEAR [--gpa X] [--mark SUBJECT=MARK …] [--fail N] [--incomplete N] "
                           "[--not-allowed N] STUDENT"),
            tr("Records a student's grades in one term, replacing what was recorded for it: the GPA (0.00–4.00) and "
               "the failing marks, either per subject with --mark (repeat it; the counts follow) or as counts only."));
    commandLine.addPositional(QStringLiteral("STUDENT"),
                              tr("The record id, or the national ID number or G-code (dashes allowed)."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(RecordArguments::termOption());
    commandLine.addOption(
            QCommandLineOption(QStringLiteral("gpa"), tr("The term's GPA, 0.00 to 4.00."), QStringLiteral("X")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("mark"),
                                             tr("A failing mark of one subject: SUBJECT=0, SUBJECT=ร or SUBJECT=มส."),
                                             QStringLiteral("SUBJECT=MARK")));
    commandLine.addOption(
            QCommandLineOption(QStringLiteral("fail"), tr("Number of 0 marks, without --mark."), QStringLiteral("N")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("incomplete"), tr("Number of ร marks, without --mark."),
                                             QStringLiteral("N")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("not-allowed"), tr("Number of มส marks, without --mark."),
                                             QStringLiteral("N")));
    if (const auto exitNow = commandLine.parse(arguments, 1, 1))
        return *exitNow;
    int exitCode = ExitOk;
    TermGrades grades;
    if (commandLine.isSet(QStringLiteral("gpa"))) {
        bool ok = false;
        const QString text = commandLine.value(QStringLiteral("gpa")).trimmed();
        grades.gpa = text.toDouble(&ok);
        if (!ok) {
            Console::errLine(tr("Invalid value “%1” for --gpa: give a number from 0.00 to 4.00.").arg(text));
            return ExitInvalidInput;
        }
    }
    const auto marks = subjectMarks(commandLine, &exitCode);
    if (!marks)
        return exitCode;
    grades.subjects = *marks;
    const auto fail = commandLine.integerValue(QStringLiteral("fail"), 0, 0, kMaxMarks, &exitCode);
    const auto incomplete
            = fail ? commandLine.integerValue(QStringLiteral("incomplete"), 0, 0, kMaxMarks, &exitCode) : std::nullopt;
    const auto notAllowed = incomplete
            ? commandLine.integerValue(QStringLiteral("not-allowed"), 0, 0, kMaxMarks, &exitCode)
            : std::nullopt;
    if (!notAllowed)
        return exitCode;
    grades.failingMarks = int(*fail);
    grades.incompleteMarks = int(*incomplete);
    grades.notAllowedMarks = int(*notAllowed);
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, std::nullopt, &exitCode);
    if (!signedIn)
        return exitCode;
    const auto termId = RecordArguments::term(*signedIn->db, signedIn->session, commandLine, &exitCode);
    if (!termId)
        return exitCode;
    const auto studentId
            = RecordArguments::student(*signedIn->db, signedIn->session, commandLine.positional().constFirst(),
                                       Action::Update, Section::Identity, &exitCode);
    if (!studentId)
        return exitCode;
    grades.studentId = *studentId;
    grades.termId = *termId;
    if (auto s = IndicatorService(*signedIn->db, Clock::system()).setTermGrades(signedIn->session, grades); !s)
        return CommandSupport::fail(s.error(), ExitInvalidInput);
    Console::outLine(tr("Grades saved."));
    return ExitOk;
}

int GradesCommand::list(const QStringList &arguments)
{
    return RecordArguments::showForStudent(
            arguments, QStringLiteral("grades list"),
            tr("Shows a student's GPA and failing marks per term, newest first."), Section::Identity,
            [](Database &db, const Session &session, const QString &studentId) {
                return studentRecords(IndicatorService(db, Clock::system()).grades(session, studentId),
                                      RecordPrinter::gradesJson, RecordPrinter::gradesText);
            });
}

}  // namespace care::cli
