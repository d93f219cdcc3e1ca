// Console on POSIX: signal handlers that only do async-signal-safe things (write a byte to a
// self-pipe, store an atomic); the event loop does the rest.
#include "console.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_selfPipe[2] = {-1, -1};
std::atomic<std::atomic_bool *> g_flag = nullptr;
static_assert(std::atomic<std::atomic_bool *>::is_always_lock_free); // read in a signal handler

extern "C" void writeToSelfPipe(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_selfPipe[1], &byte, 1);
}

extern "C" void setInterruptFlag(int)
{
    if (std::atomic_bool *flag = g_flag.load())
        flag->store(true);
}

} // namespace

void Console::onInterrupt(QObject *context, std::function<void()> onInterrupt)
{
    if (g_selfPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_selfPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_selfPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, fn = std::move(onInterrupt)] {
        char byte;
        [[maybe_unused]] const auto got = ::read(g_selfPipe[0], &byte, 1);
        notifier->setEnabled(false);
        fn();
    });
    std::signal(SIGINT, writeToSelfPipe);
    std::signal(SIGTERM, writeToSelfPipe);
}

Console::InterruptFlag::InterruptFlag(std::atomic_bool *flag)
{
    g_flag.store(flag);
    std::signal(SIGINT, setInterruptFlag);
    std::signal(SIGTERM, setInterruptFlag);
}

Console::InterruptFlag::~InterruptFlag()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_flag.store(nullptr);
}

bool Console::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}
