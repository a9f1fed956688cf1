#pragma once

#include "credentials.h"
#include "rawqueryparser.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace numdesk::sandbox {

// Accepts the three authentication forms of api-notes.md: Authorization: Basic
// base64(public:private), Authorization: Token <access token> (also Rails' token="…" form)
// and ?auth_token=<token>. One valid form is enough.
class AuthChecker
{
public:
    enum class Method
    {
        None,
        Basic,
        Token,
        QueryToken
    };

    explicit AuthChecker(const Credentials &credentials)
        : m_credentials(credentials)
    {}

    // The form that authenticated the request, or None.
    Method authenticate(const QList<QPair<QByteArray, QByteArray>> &headers,
                        const QueryItems &query) const;

    // The WWW-Authenticate value of a 401.
    static QByteArray challenge();

private:
    bool basicMatches(const QByteArray &encoded) const;
    bool tokenMatches(QByteArray credentials) const;

    Credentials m_credentials;
};

} // namespace numdesk::sandbox
