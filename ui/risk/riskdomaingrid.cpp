#include "risk/riskdomaingrid.h"

#include "risk/risklevelstyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace care::ui {

RiskDomainGrid::RiskDomainGrid(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(10);
    m_grid->setColumnStretch(2, 1);
    int row = 0;
    for (RiskDomain domain : allValues<RiskDomain>()) {
        const QString key = code(domain);
        auto *name = new QLabel(this);
        auto *level = new QLabel(this);
        level->setObjectName(QStringLiteral("riskLevel_") + key);
        level->setAlignment(Qt::AlignCenter);
        auto *reasons = new QLabel(this);
        reasons->setObjectName(QStringLiteral("riskReasons_") + key);
        reasons->setTextFormat(Qt::PlainText);
        reasons->setWordWrap(true);
        reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_grid->addWidget(name, row, 0, Qt::AlignTop | Qt::AlignLeft);
        m_grid->addWidget(level, row, 1, Qt::AlignTop);
        m_grid->addWidget(reasons, row, 2, Qt::AlignTop);
        m_names.insert(domain, name);
        m_levels.insert(domain, level);
        m_reasons.insert(domain, reasons);
        ++row;
    }
    retranslateUi();
    clear();
}

void RiskDomainGrid::setDomains(const QList<DomainExplanation> &domains)
{
    m_domains = domains;
    clear();
    for (const DomainExplanation &d : domains) {
        risklevelstyle::applyTo(m_levels.value(d.domain), d.level);
        QStringList lines;
        for (const QString &reason : d.reasons)
            lines << QStringLiteral("• ") + reason;
        m_reasons.value(d.domain)->setText(lines.join(QLatin1Char('\n')));
    }
}

void RiskDomainGrid::clear()
{
    for (RiskDomain domain : allValues<RiskDomain>()) {
        risklevelstyle::applyTo(m_levels.value(domain), RiskLevel::Normal);
        m_reasons.value(domain)->clear();
    }
}

void RiskDomainGrid::retranslateUi()
{
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        it.value()->setText(label(it.key()));
}

void RiskDomainGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();  // the panel shows the student again for the reasons and levels
    QWidget::changeEvent(event);
}

} // namespace care::ui
