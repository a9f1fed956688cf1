#pragma once

#include "apierror.h"

#include <variant>

namespace numdesk {

// The outcome of one call: a decoded value or an ApiError.
template<class T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(ApiError error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    const ApiError &error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

} // namespace numdesk
