#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace numdesk::cli {

// The options before the command word: where to connect and how to authenticate.
struct GlobalOptions
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::GlobalOptions)

public:
    QString baseUrl;
    QString profile;
    bool sandbox = false;
    QString auth; // basic | token | auth-token; empty: the profile's, else what the secrets allow
    int timeoutSeconds = 0; // --timeout: each call's time limit in all; 0: the Preferences' one
    bool help = false;
    bool version = false;
    QString command;
    QStringList commandArguments;

    // Reads `arguments` (without the program name). nullopt and a reason on bad usage.
    static std::optional<GlobalOptions> parse(const QStringList &arguments,
                                              QString *error = nullptr);
    static QString usage();
};

} // namespace numdesk::cli
