#pragma once

#include "account.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace numdesk {

// Removes an account's secrets from text meant for logs, error messages and the journal: the
// keys and tokens themselves, their percent-encoded and Basic (base64) forms, and the value of
// any auth_token query parameter.
class Redactor
{
public:
    Redactor() = default;
    explicit Redactor(const Credentials &credentials);

    QString redact(const QString &text) const;
    QString redact(const QUrl &url) const;

    static QString placeholder() { return QStringLiteral("[redacted]"); }

private:
    QStringList m_secrets; // longest first, so that no secret is left half-replaced
};

} // namespace numdesk
