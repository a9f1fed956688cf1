#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace numdesk {

enum class AuthMethod
{
    Basic,         // Authorization: Basic base64(public_key:private_key) — preferred
    Token,         // Authorization: Token <access token>
    AuthTokenQuery // ?auth_token=<token> — the seed's legacy way; puts the secret in the URL
};

struct Credentials
{
    AuthMethod method = AuthMethod::Basic;
    QString publicKey;
    QString privateKey;
    QString token; // access token (Token) or auth token (AuthTokenQuery)

    bool isComplete() const;
    bool operator==(const Credentials &o) const
    {
        return method == o.method && publicKey == o.publicKey && privateKey == o.privateKey &&
               token == o.token;
    }
};

// Where and as whom the client talks to TrackDrive.
struct Account
{
    QUrl apiBase; // always ends in "/api/v1/"
    Credentials credentials;

    // Reads what a user types for the account: a subdomain ("acme"), a host
    // ("acme.trackdrive.com"), a base URL ("https://acme.trackdrive.com") or one with the API
    // path ("https://acme.trackdrive.com/api/v1"). Plain HTTP is refused except to this computer
    // (loopback). Returns nullopt and a reason when the text cannot be an account address.
    static std::optional<QUrl> apiBaseFromInput(const QString &input, QString *error = nullptr);
    static bool isLoopback(const QUrl &url);

    bool operator==(const Account &o) const
    {
        return apiBase == o.apiBase && credentials == o.credentials;
    }
};

QString authMethodKey(AuthMethod method); // "basic", "token", "auth-token"
std::optional<AuthMethod> authMethodFromKey(const QString &key);

} // namespace numdesk
