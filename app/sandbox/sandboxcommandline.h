#pragma once

#include "faultsettings.h"
#include "sandboxoptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace numdesk::sandbox {

// The options of the numdesk-sandbox executable:
//   --port N --db FILE [--numbers COUNT] [--seed S] [--latency-ms MS] [--error-rate R]
//   [--rate-limit N] [--retry-after S] [--drop-rate R] [--search-race-rate R]
//   [--per-page-cap N]
class SandboxCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommandLine)

public:
    SandboxOptions options;
    FaultSettings faults;
    quint16 port = 0;
    bool helpRequested = false;

    // Reads the arguments (arguments.first() is the program). False with a message when one
    // is missing, unknown or out of range.
    bool parse(const QStringList &arguments, QString *error);
    static QString helpText();
};

} // namespace numdesk::sandbox
