#pragma once

namespace numdesk::cli {

// The exit status of numdesk-cli, for scripts.
enum ExitCode : int
{
    Success = 0,
    ApiFailure = 1, // the API or the network failed, or a number was not found
    UsageError = 2, // bad usage or bad input; the reason is printed
    Incomplete = 3, // cancelled, refused at the prompt, or a result that is not complete
};

} // namespace numdesk::cli
