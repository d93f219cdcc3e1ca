#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TierBench"));
    QApplication::setApplicationName(QStringLiteral("TierBench"));
    QApplication::setApplicationVersion(QStringLiteral(TIERBENCH_VERSION));
    MainWindow window;
    window.show();
    return app.exec();
}
