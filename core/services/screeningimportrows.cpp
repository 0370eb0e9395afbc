// The rows of a screening import file read into entries (see screeningimport.cpp).
#include "services/screeningimportrows.h"

#include "locale/dates.h"
#include "security/accesscontrol.h"
#include "services/studentdirectory.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace care {

struct ScreeningImportRowText {
    Q_DECLARE_TR_FUNCTIONS(ScreeningImportRowText)
};

namespace importrows {

namespace {

const QString kStudent = QStringLiteral("student");
const QString kInstrument = QStringLiteral("instrument");
const QString kRespondent = QStringLiteral("respondent");
const QString kDate = QStringLiteral("date");
const QString kBandSet = QStringLiteral("band_set");
const QString kAgeReason = QStringLiteral("age_reason");
const QString kDifficulties = QStringLiteral("difficulties");

// Item columns i1, i2 …; impact item columns impact1, impact2 …
const QRegularExpression &numberedColumn()
{
    static const QRegularExpression pattern(QStringLiteral("^(i|impact)([1-9][0-9]?)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool isKnownColumn(const QString &name)
{
    static const QStringList fixed{kStudent, kInstrument, kRespondent, kDate, kBandSet, kAgeReason, kDifficulties};
    return fixed.contains(name, Qt::CaseInsensitive) || numberedColumn().match(name).hasMatch();
}

bool isMissing(const QString &value)
{
    return value.isEmpty() || value == QLatin1String("-");
}

}  // namespace

RowReader::RowReader(Database &db, const Clock &clock, const Session &session, const InstrumentRegistry &registry,
                     const CsvTable &table,
                     QList<ImportProblem> &problems)
    : m_db(db), m_session(session), m_scope(AccessControl(db, clock).listScope(session)),
      m_registry(registry), m_table(table), m_problems(problems)
{}

std::optional<ScreeningEntry> RowReader::read(const CsvRecord &record)
{
    m_record = &record;
    m_ok = true;
    ScreeningEntry entry;
    entry.studentId = student(value(kStudent));
    const Instrument *instrument = m_registry.find(value(kInstrument));
    if (value(kInstrument).isEmpty())
        problem(kInstrument, ScreeningImportRowText::tr("the instrument is empty."));
    else if (!instrument)
        problem(kInstrument, ScreeningImportRowText::tr("unknown instrument “%1”.").arg(value(kInstrument)));
    entry.instrumentId = value(kInstrument);
    if (const QString text = value(kRespondent); !text.isEmpty()) {
        entry.respondent = respondentFromCode(text.toLower());
        if (!entry.respondent)
            problem(kRespondent,
                    ScreeningImportRowText::tr("“%1” is not a respondent; use parent, teacher or self.").arg(text));
    }
    if (auto date = parseDate(value(kDate), Language::English))
        entry.screenedOn = date.value();
    else
        problem(kDate, date.error().message);
    entry.bandSet = value(kBandSet);
    entry.ageReason = value(kAgeReason);
    if (instrument)
        readAnswers(*instrument, entry.answers);
    return m_ok ? std::optional<ScreeningEntry>(entry) : std::nullopt;
}

QString RowReader::value(const QString &column) const
{
    const int index = m_table.column(column);
    return index < 0 ? QString() : m_record->value(index).trimmed();
}

void RowReader::problem(const QString &column, const QString &message)
{
    m_problems << ImportProblem{m_record->row, column, message, false};
    m_ok = false;
}

QString RowReader::student(const QString &text)
{
    if (text.isEmpty()) {
        problem(kStudent, ScreeningImportRowText::tr("the student is empty."));
        return {};
    }
    if (auto cached = m_students.find(text); cached != m_students.end())
        return *cached;
    // Only the students the importing user may see: another school's child
    // is reported exactly as one who does not exist.
    auto found = StudentDirectory::exactMatches(m_db, m_scope, m_session.schoolId(), text);
    if (!found) {
        problem(kStudent, found.error().message);
        return {};
    }
    if (found->size() > 1) {
        problem(kStudent,
                ScreeningImportRowText::tr("several students have the student number “%1”; use the "
                                           "ID number instead.")
                        .arg(text));
        return {};
    }
    const QString id = found->value(0);
    if (id.isEmpty())
        problem(kStudent, ScreeningImportRowText::tr("no student you may see has the id, ID number or student number "
                                                     "“%1”.")
                                  .arg(text));
    else
        m_students.insert(text, id);
    return id;
}

std::optional<int> RowReader::choice(const QString &column, int min, int max, const QString &what)
{
    const QString text = value(column);
    if (isMissing(text))
        return std::nullopt;
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < min || number > max) {
        problem(column,
                ScreeningImportRowText::tr("“%1” is not an answer to %2: give %3 to %4, or leave it empty.")
                        .arg(text, what)
                        .arg(min)
                        .arg(max));
        return std::nullopt;
    }
    return number;
}

void RowReader::readAnswers(const Instrument &instrument, ScreeningAnswers &answers)
{
    int highest = 0;
    for (const Item &item : instrument.items) {
        const QString column = QStringLiteral("i%1").arg(item.number);
        highest = std::max(highest, item.number);
        if (m_table.column(column) < 0) {
            problem(column,
                    ScreeningImportRowText::tr("the column is missing; %1 has items 1 to %2.")
                            .arg(instrument.id)
                            .arg(instrument.items.size()));
            continue;
        }
        answers.items << choice(column, item.scale.min, item.scale.max,
                                ScreeningImportRowText::tr("item %1").arg(item.number));
    }
    int impactItems = 0;
    if (instrument.impact) {
        const ImpactSupplement &impact = *instrument.impact;
        impactItems = int(impact.itemKeys.size());
        ImpactAnswers given;
        given.difficulties = choice(kDifficulties, 0, int(impact.questionChoices.size()) - 1,
                                    ScreeningImportRowText::tr("the difficulties question"));
        bool anyItem = false;
        for (int k = 1; k <= impactItems; ++k) {
            const QString column = QStringLiteral("impact%1").arg(k);
            given.items << choice(column, 0, int(impact.itemChoices.size()) - 1,
                                  ScreeningImportRowText::tr("impact item %1").arg(k));
            anyItem = anyItem || given.items.last().has_value();
        }
        if (given.difficulties || anyItem)
            answers.impact = given;
    } else if (!isMissing(value(kDifficulties))) {
        problem(kDifficulties, ScreeningImportRowText::tr("%1 has no impact supplement.").arg(instrument.id));
    }
    // Values in columns the row's instrument does not have are mistakes, not extras.
    for (int c = 0; c < m_table.header.size(); ++c) {
        const QRegularExpressionMatch match = numberedColumn().match(m_table.header.at(c));
        if (!match.hasMatch() || isMissing(m_record->value(c).trimmed()))
            continue;
        const bool impactColumn = match.captured(1).compare(QLatin1String("impact"), Qt::CaseInsensitive) == 0;
        const int number = match.captured(2).toInt();
        if (impactColumn && number > impactItems)
            problem(m_table.header.at(c),
                    ScreeningImportRowText::tr("%1 has %2 impact items.").arg(instrument.id).arg(impactItems));
        else if (!impactColumn && (number > highest || !instrument.itemByNumber(number)))
            problem(m_table.header.at(c),
                    ScreeningImportRowText::tr("%1 has no item %2.").arg(instrument.id).arg(number));
    }
}

QList<ImportProblem> headerProblems(const CsvTable &table)
{
    QList<ImportProblem> problems;
    QStringList seen;
    for (const QString &name : table.header) {
        const QString column = name.isEmpty() ? ScreeningImportRowText::tr("(empty)") : name;
        if (!isKnownColumn(name))
            problems << ImportProblem{1, column,
                                      ScreeningImportRowText::tr("unknown column; see docs/import-formats.md "
                                                                 "for the columns of a screening import."),
                                      false};
        else if (seen.contains(name.toLower()))
            problems << ImportProblem{1, column, ScreeningImportRowText::tr("the column appears twice."), false};
        seen << name.toLower();
    }
    for (const QString &required : {kStudent, kInstrument, kDate})
        if (table.column(required) < 0)
            problems << ImportProblem{1, required, ScreeningImportRowText::tr("the column is missing."), false};
    return problems;
}

QString columnOf(const Error &error)
{
    static const QHash<QString, QString> columns{
            {QStringLiteral("studentId"), kStudent},     {QStringLiteral("instrumentId"), kInstrument},
            {QStringLiteral("respondent"), kRespondent}, {QStringLiteral("screenedOn"), kDate},
            {QStringLiteral("bandSet"), kBandSet},       {QStringLiteral("ageReason"), kAgeReason}};
    if (columns.contains(error.field))
        return columns.value(error.field);
    if (error.field == QLatin1String("answers"))
        return error.location.startsWith(QLatin1String("impact")) ? kDifficulties : QStringLiteral("i1");
    return kStudent;
}

}  // namespace importrows
}  // namespace care
