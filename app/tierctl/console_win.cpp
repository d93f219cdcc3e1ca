// Console on Windows: SetConsoleCtrlHandler. The handler runs on a thread the system starts
// for it; it only stores an atomic and posts to the application's event loop (thread-safe),
// and everything else happens on the main thread.
#include "console.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <utility>

#include <windows.h>

namespace {

QPointer<QObject> g_context;         // main thread only
std::function<void()> g_onInterrupt; // main thread only
std::atomic<std::atomic_bool *> g_flag = nullptr;

void runOnInterrupt() // posted to the main thread
{
    std::function<void()> fn = std::exchange(g_onInterrupt, nullptr); // once, as on POSIX
    if (g_context && fn)
        fn();
}

BOOL WINAPI onConsoleEvent(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT && event != CTRL_CLOSE_EVENT)
        return FALSE; // logoff / shutdown: the default handling
    if (std::atomic_bool *flag = g_flag.load())
        flag->store(true);
    if (QCoreApplication *app = QCoreApplication::instance())
        QMetaObject::invokeMethod(app, runOnInterrupt, Qt::QueuedConnection);
    return TRUE;
}

} // namespace

void Console::onInterrupt(QObject *context, std::function<void()> onInterrupt)
{
    g_context = context;
    g_onInterrupt = std::move(onInterrupt);
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
