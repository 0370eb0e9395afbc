#pragma once

#include <QGroupBox>

class QLabel;

namespace care {
struct RiskExplanation;
}

namespace care::ui {

class AppContext;
class LevelTimelineChart;
class RiskDomainGrid;

// The risk section of the student profile: the overall level and since
// when, each domain's level with the reasons in words, the rules that gave
// them and a chart of the overall level over time. Hidden for a session
// that may not view the student's risk section (core decides); each showing
// is a view of the reasons that core audits.
class StudentRiskPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit StudentRiskPanel(AppContext &context, QWidget *parent = nullptr);

    void showStudent(const QString &studentId);
    void reload();  // the same student again (after a recompute)
    void clear();

    QString studentId() const { return m_studentId; }
    QLabel *overallLabel() const { return m_overall; }
    RiskDomainGrid *domains() const { return m_domains; }
    LevelTimelineChart *timeline() const { return m_timeline; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render(const RiskExplanation &explanation);
    void showTimeline();
    void showProblem(const QString &message);
    void retranslateUi();

    AppContext &m_context;
    QString m_studentId;
    QLabel *m_overallCaption;
    QLabel *m_overall;
    QLabel *m_since;
    QLabel *m_overallReasons;
    QLabel *m_message;
    RiskDomainGrid *m_domains;
    QLabel *m_timelineCaption;
    LevelTimelineChart *m_timeline;
    QLabel *m_rules;
};

} // namespace care::ui
