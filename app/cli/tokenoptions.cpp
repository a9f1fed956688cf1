#include "tokenoptions.h"

#include "tokenvalue.h"

namespace numdesk::cli {

bool TokenOptions::read(const QStringList &entries, QStringList *tokens, QString *error)
{
    tokens->clear();
    for (const QString &entry : entries) {
        QString reason;
        const std::optional<TokenValue> token = TokenValue::parse(entry, &reason);
        if (!token) {
            *error = tr("--token '%1': %2").arg(entry, reason);
            return false;
        }
        tokens->append(token->toString());
    }
    return true;
}

} // namespace numdesk::cli
