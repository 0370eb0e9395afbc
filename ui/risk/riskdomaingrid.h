#pragma once

#include "risk/riskservice.h"

#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace care::ui {

// Every risk domain of one student on a line of its own: the domain's name,
// its level (in words, tinted) and the reasons in words, wrapped to the
// width of the profile pane.
class RiskDomainGrid : public QWidget {
    Q_OBJECT
public:
    explicit RiskDomainGrid(QWidget *parent = nullptr);

    void setDomains(const QList<DomainExplanation> &domains);
    void clear();

    QLabel *levelLabel(RiskDomain domain) const { return m_levels.value(domain); }
    QLabel *reasonsLabel(RiskDomain domain) const { return m_reasons.value(domain); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QGridLayout *m_grid;
    QMap<RiskDomain, QLabel *> m_names;
    QMap<RiskDomain, QLabel *> m_levels;
    QMap<RiskDomain, QLabel *> m_reasons;
    QList<DomainExplanation> m_domains;
};

} // namespace care::ui
