#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QCustomPlot;
class QWidget;

/// The numbers behind a chart, as the CSV export writes them: a header and rows of cells.
struct ChartTable
{
    QStringList header;
    QList<QStringList> rows;
};

/// Every chart exports to PNG, PDF and CSV (UI.md). install() adds the three actions to the
/// plot's context menu; the save functions are there for buttons and tests.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    /// RFC 4180: comma-separated, CRLF line ends, cells quoted when they hold , " CR or LF.
    static QByteArray toCsv(const ChartTable &table);

    /// Each returns an error message that says what to do, or nullopt on success.
    /// Width/height 0 = the plot's current size.
    static std::optional<QString> savePng(QCustomPlot *plot, const QString &path, int width = 0,
                                          int height = 0);
    static std::optional<QString> savePdf(QCustomPlot *plot, const QString &path, int width = 0,
                                          int height = 0);
    /// Written atomically (QSaveFile).
    static std::optional<QString> saveCsv(const ChartTable &table, const QString &path);
    /// By extension: .png, .pdf or .csv.
    static std::optional<QString> save(QCustomPlot *plot, const ChartTable &table,
                                       const QString &path);

    /// Right-click on `plot` offers "Export as PNG/PDF/CSV…". `baseName` is the suggested file
    /// name without extension; `data` is read when the user exports.
    static void install(QCustomPlot *plot, const QString &baseName,
                        std::function<ChartTable()> data);
    /// Asks for a file (the filter picks the format) and saves; errors go to a message box.
    static void exportInteractively(QCustomPlot *plot, const QString &baseName,
                                    const ChartTable &table, const QString &extension,
                                    QWidget *parent);
};
