#pragma once

#include <QByteArray>
#include <QPair>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QChartView;
class QGraphicsLineItem;
class QLabel;
class QLineSeries;

// A chart of one metric for one or more series (runs), fed with per-pixel buckets (min, max,
// last) that the caller reads from the run store. Draws the raw per-bucket range faintly and a
// debiased-EMA smoothed line on top (TensorBoard's smoothing: constant series stay constant,
// non-finite points pass through). Log y and PNG/CSV export. Knows nothing of runs or torch.
class MetricChart : public QWidget {
    Q_OBJECT

public:
    struct Bucket {
        double x = 0;    // step, wall time or tokens seen
        double min = 0;  // over the bucket (NaN when none finite)
        double max = 0;
        double last = 0;  // the value at the bucket's last point
    };

    explicit MetricChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setXAxisTitle(const QString &title);
    // Replaces (or adds) a series; colour from a colour-blind-safe palette by index. A series that
    // is not smoothable (a validation curve of a few points) is drawn as it is whatever the
    // smoothing.
    void setSeries(int index, const QString &name, const QVector<Bucket> &buckets,
                   bool smoothable = true);
    bool isSmoothable(int index) const { return m_series.value(index).smoothable; }
    // Replaces every series at once (one redraw).
    void setAllSeries(const QVector<QPair<QString, QVector<Bucket>>> &series);
    void clear();
    int seriesCount() const { return m_series.size(); }
    QVector<Bucket> buckets(int index) const { return m_series.value(index).buckets; }

    void setSmoothing(double weight);  // 0 = off, up to 0.999
    double smoothing() const { return m_smoothing; }
    void setLogScale(bool on);
    bool logScale() const { return m_logScale; }

    // Debiased EMA (TensorBoard): last = last*w + (1-w)*y; y' = last / (1 - w^n).
    static QVector<double> smooth(const QVector<double> &values, double weight);

    // Round ticks (Heckbert's nice numbers: steps of 1, 2 or 5 times a power of ten) covering
    // [min, max] with about `ticks` ticks; decimals = digits after the point that the step needs.
    struct Ticks {
        double low = 0, high = 1, step = 1;
        int count = 2, decimals = 0;
    };
    static Ticks niceTicks(double min, double max, int ticks = 5);
    // Series with at most this many points are drawn with a marker on every point.
    static constexpr int kMarkerLimit = 40;

    // What hovering at data x shows: the x value and, for every visible series, the raw and the
    // smoothed value at its nearest point. Empty when nothing is drawn.
    QString hoverText(double x) const;
    QString lastHoverText() const { return m_lastHover; }
    // Legend clicks: a click hides or shows a series; Ctrl+click shows only that one (again: all).
    void toggleSeries(const QString &name, bool isolate);
    bool isSeriesHidden(const QString &name) const { return m_hidden.contains(name); }
    QStringList hiddenSeries() const { return m_hidden; }
    // Hides exactly these (another chart's choice, kept in step); emits nothing.
    void setHiddenSeries(const QStringList &names);
    // Draws this series bold and the others faint (empty: none), without rebuilding the chart.
    void setHighlighted(const QString &name);
    QString highlighted() const { return m_highlighted; }
    int linePenWidth(int index) const;         // as drawn now, for tests
    int redraws() const { return m_redraws; }  // how often the chart was rebuilt, for tests

Q_SIGNALS:
    // The pointer entered a series' line or legend entry (its name), or left it (empty).
    void seriesHovered(const QString &name);
    // A legend click hid or showed series.
    void hiddenSeriesChanged(const QStringList &names);

public:
    bool exportPng(const QString &path);
    QByteArray renderPng();  // the chart as drawn; empty when it cannot be encoded
    QByteArray renderSvg(const QString &title = {});  // the chart as drawn, as an SVG document
    bool exportCsv(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitTitle();  // the title on one line, or two where one would be elided
    struct Series {
        QString name;
        QVector<Bucket> buckets;
        QVector<double> smoothed;  // as drawn
        bool smoothable = true;
    };
    void rebuild();
    void applyHighlight();
    void hover(const QPointF &position);

    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QVector<Series> m_series;
    QString m_title, m_xTitle;
    double m_smoothing = 0.6;
    bool m_logScale = false;
    QStringList m_hidden;
    QString m_highlighted;
    int m_redraws = 0;
    QVector<QLineSeries *> m_lines;  // per series, the smoothed line (null when it has no points)
    QString m_lastHover;
    QGraphicsLineItem *m_crosshair = nullptr;  // owned by the chart's scene
};
