#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace numdesk::cli {

// The repeated --token k:v option of buy and update, each entry checked with TokenValue.
class TokenOptions
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::TokenOptions)

public:
    // False with the bad entry and the reason.
    static bool read(const QStringList &entries, QStringList *tokens, QString *error);
};

} // namespace numdesk::cli
