#pragma once

#include "domain/enums.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace care::ui {

// Fills (or refills, after a language change) a combo box with every value
// of an enum, shown by its translated label and stored by its code; the
// selected value stays selected.
template <typename E>
void fillEnumCombo(QComboBox *combo)
{
    const QSignalBlocker blocker(combo);
    const QVariant selected = combo->currentData();
    combo->clear();
    for (E value : allValues<E>())
        combo->addItem(label(value), code(value));
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

template <typename E>
void selectEnum(QComboBox *combo, E value)
{
    const int index = combo->findData(code(value));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

template <typename E>
E selectedEnum(const QComboBox *combo, E fallback)
{
    return fromCode<E>(combo->currentData().toString()).value_or(fallback);
}

} // namespace care::ui
