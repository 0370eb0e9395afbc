#include "demo/demobehaviour.h"

#include "demo/demorandom.h"
#include "storage/bulkinsert.h"
#include "storage/indicatorrepository.h"
#include "storage/rowmapping.h"
#include "storage/tablerow.h"
#include "util/clock.h"
#include "util/ids.h"

#include <algorithm>

namespace care::demo {
namespace {

using K = BehaviourKind;

struct NoteTemplate {
    BehaviourKind kind;
    bool serious;
    const char16_t *text;  // %1: a small number
};

// What a teacher writes down (invented).
const NoteTemplate kNotes[] = {
    {K::Truancy, false, u"ไม่เข้าเรียน %1 คาบ อ้างว่าไม่สบายแต่ไม่ได้แจ้งครู"},
    {K::Truancy, false, u"ออกนอกบริเวณโรงเรียนช่วงพักกลางวันโดยไม่ได้รับอนุญาต ไปกับรุ่นพี่ %1 คน"},
    {K::Disruption, false, u"คุยและเล่นในห้องเรียนจนครูต้องตักเตือน %1 ครั้งในคาบเดียว"},
    {K::Disruption, false, u"ไม่ส่งงานและพูดไม่สุภาพกับครูประจำวิชา ค้างงาน %1 ชิ้น"},
    {K::Bullying, false, u"ล้อเลียนรูปร่างเพื่อนร่วมห้องจนเพื่อนร้องไห้ เกิดซ้ำ %1 ครั้งในสัปดาห์"},
    {K::Bullying, false, u"โพสต์ข้อความล้อเพื่อนในกลุ่มไลน์ของห้อง มีเพื่อนช่วยแชร์ %1 คน"},
    {K::Bullying, true, u"รวมกลุ่มรังแกเพื่อนต่างชั้นและถ่ายคลิปลงโซเชียล ผู้เกี่ยวข้อง %1 คน"},
    {K::Violence, false, u"ผลักเพื่อนล้มระหว่างเล่นฟุตบอล ไกล่เกลี่ยแล้ว ผู้เกี่ยวข้อง %1 คน"},
    {K::Violence, true, u"ชกต่อยกับนักเรียนต่างห้องหลังเลิกเรียน คู่กรณีมีแผลที่หน้า ผู้เกี่ยวข้อง %1 คน"},
    {K::Violence, true, u"ทะเลาะวิวาทเป็นกลุ่มที่ป้ายรถประจำทาง ครูเวรระงับเหตุได้ ผู้เกี่ยวข้อง %1 คน"},
    {K::SubstanceUse, false, u"สูบบุหรี่ในห้องน้ำ พบพร้อมเพื่อน %1 คน แจ้งผู้ปกครองแล้ว"},
    {K::SubstanceUse, true, u"พบบุหรี่ไฟฟ้าและยาเม็ดไม่ทราบชนิดในกระเป๋า %1 ชิ้น ส่งต่อครูแนะแนวและผู้ปกครอง"},
    {K::SubstanceUse, true, u"ผลตรวจปัสสาวะพบสารเสพติด ส่งต่อโรงพยาบาลเพื่อบำบัด นัดติดตาม %1 สัปดาห์"},
    {K::Weapon, true, u"พกมีดพับมาโรงเรียน อ้างว่าไว้ป้องกันตัว ยึดไว้ %1 เล่ม"},
    {K::Vandalism, false, u"ขีดเขียนโต๊ะและผนังห้องน้ำ ต้องทาสีใหม่ %1 จุด"},
    {K::Vandalism, false, u"ทำกระจกหน้าต่างห้องเรียนแตกขณะเล่นฟุตบอล เสียหาย %1 บาน"},
    {K::SexualBehaviour, true, u"พบพฤติกรรมชู้สาวไม่เหมาะสมในบริเวณโรงเรียน ให้คำปรึกษาแล้ว นัดผู้ปกครองภายใน %1 วัน"},
    {K::OnlineOveruse, false, u"เล่นเกมออนไลน์ดึกทุกคืน หลับในห้องเรียน ผู้ปกครองเล่าว่าเล่นวันละ %1 ชั่วโมง"},
    {K::OnlineOveruse, false, u"ใช้โทรศัพท์เล่นเกมระหว่างเรียน ถูกยึดโทรศัพท์ %1 ครั้งในเดือนนี้"},
    {K::Other, false, u"มาโรงเรียนสายและไม่แต่งเครื่องแบบ ถูกตักเตือน %1 ครั้ง"},
    {K::Other, false, u"นำขนมมาขายในห้องเรียนระหว่างคาบ ตักเตือน %1 ครั้ง"},
};

// Kinds by how often they are recorded; the last two only from M.1.
const K kMinorKinds[] = {K::Disruption, K::Truancy, K::OnlineOveruse, K::Bullying,
                         K::Other,      K::Violence, K::Vandalism,     K::SubstanceUse};
const QList<double> kMinorWeights{34, 18, 14, 10, 9, 5, 5, 5};
const K kSeriousKinds[] = {K::Violence, K::Bullying, K::Weapon, K::SubstanceUse, K::SexualBehaviour};
const QList<double> kSeriousWeights{50, 14, 8, 20, 8};

bool forTeenagers(BehaviourKind kind)
{
    return kind == K::SubstanceUse || kind == K::SexualBehaviour;
}

} // namespace

IncidentMaker::IncidentMaker(const IndicatorSetup &setup) : m_setup(setup)
{
    const DemoTerm &current = setup.calendar.years[1].terms[1];
    if (current.elapsedDays > 0 && !current.finished())
        for (QDate d = current.startsOn; d <= std::min(current.endsOn, setup.calendar.today()); d = d.addDays(1))
            if (d.dayOfWeek() <= 5)
                m_currentDays << d;
}

QDate IncidentMaker::dayIn(int year, int term, int enrolledDays)
{
    const DemoTerm &t = m_setup.calendar.years[year].terms[term];
    const QDate last = std::min({t.endsOn, m_setup.calendar.today(), t.startsOn.addDays(enrolledDays * 7 / 5)});
    QDate d = t.startsOn.addDays(m_setup.random.below(int(std::max<qint64>(1, t.startsOn.daysTo(last) + 1))));
    while (d.dayOfWeek() > 5 && d > t.startsOn)
        d = d.addDays(-1);
    return d;
}

void IncidentMaker::incident(QList<BulkRow> &rows, const IndicatorStudent &student, int year, const QDate &on,
                             Severity severity)
{
    DemoRandom &random = m_setup.random;
    const bool teenager = gradeOrdinal(student.plan->placed[year].grade) >= gradeOrdinal(Grade::M1);
    const bool serious = severity == Severity::Serious;
    BehaviourKind kind = serious ? kSeriousKinds[random.weighted(kSeriousWeights)]
                                 : kMinorKinds[random.weighted(kMinorWeights)];
    if (!teenager && forTeenagers(kind))
        kind = serious ? K::Violence : K::Disruption;
    QList<const NoteTemplate *> notes;
    for (const NoteTemplate &note : kNotes)
        if (note.kind == kind && note.serious == serious)
            notes << &note;
    for (const NoteTemplate &note : kNotes)  // a kind without a note of this severity borrows the other's
        if (notes.isEmpty() && note.kind == kind)
            notes << &note;
    const QString text = QString::fromUtf16(random.pick(notes)->text).arg(random.between(2, 5));
    const QString id = m_setup.ids.next();
    const QString at = toStoredTimestamp(QDateTime(on, QTime(9, 0), Qt::UTC));  // 16:00 in Thailand
    const Placement &placed = student.plan->placed[year];
    // The columns IndicatorRepository::insert writes, in its order.
    TableRow row{QStringLiteral("behaviour_incident"), id, {}};
    row.set(QStringLiteral("occurred_on"), dateValue(on))
        .set(QStringLiteral("kind"), code(kind))
        .set(QStringLiteral("severity"), code(severity))
        .set(QStringLiteral("note"), m_setup.cipher->sealText(text, IndicatorRepository::noteContext(id)))
        .set(QStringLiteral("student_id"), student.id)
        .set(QStringLiteral("recorded_by"),
             m_setup.staff.enteredBy(placed.school, m_setup.structure.classroomId(year, placed)))
        .set(QStringLiteral("created_at"), at)
        .set(QStringLiteral("updated_at"), at);
    rows << BulkInsert::prepare(row);
    ++m_incidents;
}

void IncidentMaker::daily(QList<BulkRow> &rows, const IndicatorStudent &student, const TermResult &term)
{
    const AttendanceRecord &a = term.attendance;
    QList<QDate> days = m_currentDays.mid(0, std::min<qsizetype>(a.daysEnrolled, m_currentDays.size()));
    const int wanted = std::min<int>(a.daysAbsent + a.daysLate, int(days.size()));
    for (int k = 0; k < wanted; ++k) {  // a partial shuffle: `wanted` distinct days
        days.swapItemsAt(k, k + m_setup.random.below(int(days.size()) - k));
        TableRow row{QStringLiteral("daily_absence"), m_setup.ids.next(), {}};
        row.set(QStringLiteral("student_id"), student.id)
            .set(QStringLiteral("term_id"), m_setup.structure.termIds[term.year][term.term])
            .set(QStringLiteral("on_date"), dateValue(days.at(k)))
            .set(QStringLiteral("kind"), code(k < a.daysAbsent ? AbsenceKind::Absent : AbsenceKind::Late));
        rows << BulkInsert::prepare(row);
        ++m_daily;
    }
}

void IncidentMaker::write(QList<BulkRow> &rows, const IndicatorStudent &student, const ScreeningSignals &found)
{
    DemoRandom &random = m_setup.random;
    const bool conductProne = found.traits.spread[1] > 1.12;  // difficulties leaning to conduct: a fifth
    for (const TermResult &term : student.terms) {
        const DemoTerm &t = m_setup.calendar.years[term.year].terms[term.term];
        if (term.year == 1 && term.term == 1 && !m_currentDays.isEmpty()
            && student.plan->placed[1].school == m_setup.staff.school)
            daily(rows, student, term);
        if (gradeOrdinal(student.plan->placed[term.year].grade) < gradeOrdinal(Grade::P1))
            continue;
        const double absence = term.attendance.absenceRate();
        const std::optional<double> difficulty = found.difficulty[term.year];
        int risk = (absence >= 0.2 ? 2 : absence >= 0.1 ? 1 : 0) + (conductProne ? 1 : 0);
        if (difficulty)
            risk += *difficulty >= AnswerMaker::kProblemDifficulty ? 2
                    : *difficulty >= AnswerMaker::kAtRiskDifficulty ? 1
                                                                      : 0;
        const double share = t.schoolDays > 0 ? double(term.attendance.daysEnrolled) / t.schoolDays : 0.0;
        if (random.chance(std::min(0.6, 0.035 + 0.06 * risk) * share)) {
            const int count = 1 + (random.chance(0.5) ? 1 : 0) + (random.chance(0.3) ? 1 : 0);
            for (int i = 0; i < count; ++i)
                incident(rows, student, term.year, dayIn(term.year, term.term, term.attendance.daysEnrolled),
                         Severity::Minor);
        }
        if (random.chance((0.002 + 0.01 * risk) * share))
            incident(rows, student, term.year, dayIn(term.year, term.term, term.attendance.daysEnrolled),
                     Severity::Serious);
    }
}

} // namespace care::demo
