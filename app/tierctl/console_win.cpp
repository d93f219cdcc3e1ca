// Console on Windows: SetConsoleCtrlHandler. The handler runs on a thread of its own (not in
// a signal context), so it may lock a mutex and post to the event loop.
#include "console.h"

#include <QMetaObject>
#include <QMutex>
#include <QPointer>

#include <windows.h>

namespace {

QMutex g_mutex;
QPointer<QObject> g_context;           // guarded by g_mutex
std::function<void()> g_onInterrupt;   // guarded by g_mutex
std::atomic<std::atomic_bool *> g_flag = nullptr;

BOOL WINAPI onConsoleEvent(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT && event != CTRL_CLOSE_EVENT)
        return FALSE; // logoff / shutdown: default handling
    if (std::atomic_bool *flag = g_flag.load())
        flag->store(true);
    const QMutexLocker lock(&g_mutex);
    if (g_context && g_onInterrupt) {
        QMetaObject::invokeMethod(g_context, std::move(g_onInterrupt), Qt::QueuedConnection);
        g_onInterrupt = nullptr; // once, as on POSIX
    }
    return TRUE;
}

} // namespace

void Console::onInterrupt(QObject *context, std::function<void()> onInterrupt)
{
    {
        const QMutexLocker lock(&g_mutex);
        g_context = context;
        g_onInterrupt = std::move(onInterrupt);
    }
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

Console::InterruptFlag::InterruptFlag(std::atomic_bool *flag)
{
    g_flag.store(flag);
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

Console::InterruptFlag::~InterruptFlag()
{
    g_flag.store(nullptr);
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
}

bool Console::stderrIsTerminal()
{
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_ERROR_HANDLE), &mode) != 0;
}
