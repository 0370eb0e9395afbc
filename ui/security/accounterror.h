#pragma once

class QLabel;
class QLineEdit;

namespace care {
struct Error;
}

namespace care::ui {

class NewPasswordFields;

// The inputs of a form that creates an account (first-run set-up, add user).
struct AccountInputs {
    QLineEdit *username = nullptr;
    QLabel *usernameError = nullptr;
    QLineEdit *displayName = nullptr;
    QLabel *displayNameError = nullptr;
    NewPasswordFields *password = nullptr;
    QLabel *message = nullptr;  // for problems no single field owns
};

// Shows a refused account under the field core named, or in the message area.
void showAccountError(const AccountInputs &inputs, const Error &error);

} // namespace care::ui
