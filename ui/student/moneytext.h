#pragma once

#include <QString>

namespace care::ui {

// Whole baht in the UI language's number format: "12,500 บาท" / "12,500 baht".
QString formatBaht(double amount);

} // namespace care::ui
