#include "tokenvalue.h"

#include "apischema.h"

#include <QCoreApplication>

namespace numdesk {

namespace {

// The messages of this file: Text::tr("…") is what lupdate reads (it cannot see a literal
// passed to a helper).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::TokenValue)
};

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

QString TokenValue::operatorText(Operator op)
{
    switch (op) {
    case Operator::Equal:
        return {};
    case Operator::NotEqual:
        return QStringLiteral("!=");
    case Operator::GreaterOrEqual:
        return QStringLiteral(">=");
    case Operator::LessOrEqual:
        return QStringLiteral("<=");
    case Operator::Greater:
        return QStringLiteral(">");
    case Operator::Less:
        return QStringLiteral("<");
    }
    return {};
}

std::optional<TokenValue> TokenValue::parse(const QString &text, QString *error)
{
    const QString entry = text.trimmed();
    if (entry.isEmpty()) {
        setError(error, Text::tr("the entry is empty"));
        return std::nullopt;
    }
    const qsizetype colon = entry.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        setError(error, Text::tr("a ':' must separate the key from the value (key:value)"));
        return std::nullopt;
    }
    TokenValue token;
    token.key = entry.left(colon);
    if (token.key.isEmpty()) {
        setError(error, Text::tr("the key before ':' is empty"));
        return std::nullopt;
    }
    if (!schema::isValidTokenKey(token.key)) {
        QChar bad;
        for (const QChar c : token.key) {
            if (!schema::isValidTokenKey(QString(c))) {
                bad = c;
                break;
            }
        }
        setError(error, Text::tr("the key may only contain a-z, 0-9 and _ (found '%1')").arg(bad));
        return std::nullopt;
    }
    QString rest = entry.mid(colon + 1);
    // Longest operators first, so that ">=" is not read as ">" followed by "=…".
    static const std::pair<const char *, Operator> operators[] = {
        {"!=", Operator::NotEqual},    {">=", Operator::GreaterOrEqual},
        {"<=", Operator::LessOrEqual}, {">", Operator::Greater},
        {"<", Operator::Less},
    };
    for (const auto &[symbol, op] : operators) {
        if (rest.startsWith(QLatin1String(symbol))) {
            token.op = op;
            rest = rest.mid(qsizetype(qstrlen(symbol)));
            break;
        }
    }
    token.value = rest;
    if (token.value.trimmed().isEmpty()) {
        if (token.op == Operator::Equal)
            setError(error, Text::tr("the value after ':' is empty"));
        else
            setError(
                error,
                Text::tr("the value after the operator '%1' is empty").arg(operatorText(token.op)));
        return std::nullopt;
    }
    return token;
}

QString TokenValue::toString() const
{
    return key + QLatin1Char(':') + operatorText(op) + value;
}

int firstInvalidTokenValue(const QStringList &entries, QString *error)
{
    for (int i = 0; i < entries.size(); ++i) {
        if (!TokenValue::parse(entries.at(i), error))
            return i;
    }
    return -1;
}

} // namespace numdesk
