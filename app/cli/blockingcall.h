#pragma once

#include "apiclient.h"

#include <QEventLoop>

#include <optional>

namespace numdesk::cli {

// Runs one ApiClient call to its end in a local event loop. A command line tool may wait;
// the event loop keeps serving an in-process sandbox meanwhile.
class BlockingCall
{
public:
    // `start(context, done)` must start the call with that context and callback.
    template<class T, class Start> static Result<T> run(Start start)
    {
        std::optional<Result<T>> result;
        QEventLoop loop;
        QObject context;
        start(&context, [&result, &loop](const Result<T> &r) {
            result = r;
            loop.quit();
        });
        if (!result)
            loop.exec();
        return *result;
    }
};

} // namespace numdesk::cli
