#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace numdesk {

// One token filter, "key:value", where the value may begin with an operator:
// "interest:auto", "loan_amount:>=10000", "geo:!=800" (api-notes.md, "Token filters").
struct TokenValue
{
    enum class Operator
    {
        Equal,
        NotEqual,
        GreaterOrEqual,
        LessOrEqual,
        Greater,
        Less
    };

    QString key;
    Operator op = Operator::Equal;
    QString value;

    // Parses one entry. On failure returns nullopt and, when `error` is given, a short
    // sentence naming what is wrong ("the key may only contain a-z, 0-9 and _ (found 'A')").
    static std::optional<TokenValue> parse(const QString &text, QString *error = nullptr);
    // The wire form: "key:value" with the operator in front of the value.
    QString toString() const;
    static QString operatorText(Operator op);

    bool operator==(const TokenValue &other) const
    {
        return key == other.key && op == other.op && value == other.value;
    }
    bool operator!=(const TokenValue &other) const { return !(*this == other); }
};

// Checks every entry; returns the index of the first bad one (or -1) and its reason.
int firstInvalidTokenValue(const QStringList &entries, QString *error = nullptr);

} // namespace numdesk
