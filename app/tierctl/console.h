#pragma once

#include <QObject>

#include <atomic>
#include <functional>

/// What tierctl needs from the console that POSIX and Windows do differently: Ctrl-C and
/// termination requests (SIGINT/SIGTERM; the console's Ctrl-C, Ctrl-Break and close events),
/// and whether stderr is a terminal. console_posix.cpp or console_win.cpp, chosen by CMake.
namespace Console {

/// Runs `onInterrupt` once, in `context`'s event loop, at the first Ctrl-C or termination
/// request while `context` lives, instead of the process being killed.
void onInterrupt(QObject *context, std::function<void()> onInterrupt);

/// While alive, Ctrl-C and termination requests set `*flag` instead of killing the process
/// (for loops that poll it between rows). The default handling comes back at destruction.
class InterruptFlag
{
public:
    explicit InterruptFlag(std::atomic_bool *flag);
    ~InterruptFlag();
    InterruptFlag(const InterruptFlag &) = delete;
    InterruptFlag &operator=(const InterruptFlag &) = delete;
};

/// Whether stderr is an interactive terminal (progress redraws in place) rather than a file or pipe.
bool stderrIsTerminal();

} // namespace Console
