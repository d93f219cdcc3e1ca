#pragma once

// Include QCustomPlot through this header. qcustomplot.h uses `foreach` in two inline
// templates, and every target here builds with QT_NO_FOREACH; give those two loops a
// range-for for the duration of the include.
#if defined(QT_NO_FOREACH) && !defined(foreach)
#define foreach(variable, container) for (variable : container)
#define TIERBENCH_QCP_FOREACH
#endif
#include <qcustomplot.h>
#ifdef TIERBENCH_QCP_FOREACH
#undef foreach
#undef TIERBENCH_QCP_FOREACH
#endif
