// Token filters as users type them ("interest:auto", "loan_amount:>=10000"): the parser either
// gives a reason or a token whose wire form reads back as the same token.
#include "fuzzsupport.h"
#include "tokenvalue.h"

using namespace numdesk;
using numdesk::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, size);
    QString error;
    const std::optional<TokenValue> token = TokenValue::parse(text, &error);
    if (!token) {
        check(!error.isEmpty(), "a refused entry must say why", text);
        return 0;
    }
    check(!token->key.isEmpty() && !token->value.trimmed().isEmpty(), "key and value", text);
    const QString wire = token->toString();
    QString againError;
    const std::optional<TokenValue> again = TokenValue::parse(wire, &againError);
    check(again.has_value(), "the wire form must parse", wire + QStringLiteral(" / ") + againError);
    check(*again == *token, "the wire form must read back as the same token", wire);
    check(firstInvalidTokenValue({text, wire}) == -1, "firstInvalidTokenValue agrees", text);
    return 0;
}
