// InstrumentParts::impact: the impact supplement of an instrument file.
#include "screening/instrumentparts.h"

#include <QCoreApplication>

namespace care {

struct InstrumentImpactText {
    Q_DECLARE_TR_FUNCTIONS(InstrumentImpactText)
};

namespace {
using K = InstrumentJson;
constexpr int kMaxItemScore = 10;
}  // namespace

Status InstrumentParts::impact() const
{
    if (!m_root.contains(QStringLiteral("impact")))
        return {};
    const QString path = QStringLiteral("$.impact");
    auto object = m_json.object(path, m_root.value(QStringLiteral("impact")));
    if (!object)
        return object.error();
    if (auto s = m_json.checkKeys(path, object.value(),
                                  {QStringLiteral("key"), QStringLiteral("question"), QStringLiteral("items"),
                                   QStringLiteral("choices"), QStringLiteral("scores")},
                                  {QStringLiteral("title")});
        !s)
        return s;
    ImpactSupplement impact;
    auto key = m_json.code(K::member(path, QStringLiteral("key")), object->value(QStringLiteral("key")));
    if (!key)
        return key.error();
    if (auto s = checkNewScoreKey(K::member(path, QStringLiteral("key")), key.value()); !s)
        return s;
    impact.key = key.value();
    if (object->contains(QStringLiteral("title"))) {
        auto title = m_json.localText(K::member(path, QStringLiteral("title")), object->value(QStringLiteral("title")));
        if (!title)
            return title.error();
        impact.title = title.value();
    }

    // The screening question: "does the child have difficulties?", with the "no" choice.
    const QString questionPath = K::member(path, QStringLiteral("question"));
    auto question = m_json.object(questionPath, object->value(QStringLiteral("question")));
    if (!question)
        return question.error();
    if (auto s = m_json.checkKeys(questionPath, question.value(),
                                  {QStringLiteral("key"), QStringLiteral("choices"), QStringLiteral("none")});
        !s)
        return s;
    auto questionKey
            = m_json.code(K::member(questionPath, QStringLiteral("key")), question->value(QStringLiteral("key")));
    if (!questionKey)
        return questionKey.error();
    impact.questionKey = questionKey.value();
    auto questionChoices = m_json.choices(K::member(questionPath, QStringLiteral("choices")),
                                          question->value(QStringLiteral("choices")), 0, 0);
    if (!questionChoices)
        return questionChoices.error();
    impact.questionChoices = questionChoices.value();
    auto none = m_json.integer(K::member(questionPath, QStringLiteral("none")), question->value(QStringLiteral("none")),
                               0, int(impact.questionChoices.size()) - 1);
    if (!none)
        return none.error();
    impact.noneChoice = none.value();

    // The impact items and how each of their choices scores.
    const QString itemsPath = K::member(path, QStringLiteral("items"));
    auto items = m_json.array(itemsPath, object->value(QStringLiteral("items")), 1);
    if (!items)
        return items.error();
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString at = K::element(itemsPath, i);
        auto itemKey = m_json.code(at, items->at(i));
        if (!itemKey)
            return itemKey.error();
        if (impact.itemKeys.contains(itemKey.value()) || itemKey.value() == impact.questionKey
            || m_instrument.item(itemKey.value()))
            return m_json.fault(at,
                                InstrumentImpactText::tr("the wording key \"%1\" is used twice.").arg(itemKey.value()));
        impact.itemKeys << itemKey.value();
    }
    auto itemChoices = m_json.choices(K::member(path, QStringLiteral("choices")),
                                      object->value(QStringLiteral("choices")), 0, 0);
    if (!itemChoices)
        return itemChoices.error();
    impact.itemChoices = itemChoices.value();
    const QString scoresPath = K::member(path, QStringLiteral("scores"));
    auto scores = m_json.array(scoresPath, object->value(QStringLiteral("scores")));
    if (!scores)
        return scores.error();
    if (scores->size() != impact.itemChoices.size())
        return m_json.fault(scoresPath,
                            InstrumentImpactText::tr("give one score for each of the %n choice(s).", nullptr,
                                                     int(impact.itemChoices.size())));
    for (qsizetype i = 0; i < scores->size(); ++i) {
        auto score = m_json.integer(K::element(scoresPath, i), scores->at(i), 0, kMaxItemScore);
        if (!score)
            return score.error();
        impact.itemScores << score.value();
    }
    m_instrument.impact = impact;
    return {};
}

}  // namespace care
