#include "mainwindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("TierBench"));
    setCentralWidget(new QLabel(tr("TierBench"), this));
    resize(1280, 800);
}
