#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace numdesk {

struct ApiError;

// The server's field errors (422) shown next to the fields they name: each form field gets a
// hidden red label under it, keyed by the API's parameter name ("offer_id", "country", …).
// Errors for "base" or for a parameter the form has no field for go to the general label.
class FormErrors
{
    Q_DECLARE_TR_FUNCTIONS(FormErrors)

public:
    explicit FormErrors(QLabel *general);

    // A label for `key`, owned by `parent`; put it under the field in the layout.
    QLabel *addField(const QString &key, QWidget *parent);
    void show(const ApiError &error);
    void showGeneral(const QString &text);
    void clear();
    QString textOf(const QString &key) const; // empty when no error is shown for `key`

    static QLabel *makeErrorLabel(QWidget *parent);

private:
    QLabel *m_general;
    QHash<QString, QLabel *> m_fields;
};

} // namespace numdesk
