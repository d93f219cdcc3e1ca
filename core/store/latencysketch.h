#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

#include <optional>

/// A DDSketch-style quantile sketch of non-negative values (milliseconds): logarithmic
/// buckets with a relative accuracy of 1%, so any quantile it returns is within 1% of the
/// value at that rank. Two sketches merge exactly by adding their bucket counts, which is
/// what lets the dashboard keep one sketch per hour row and merge rows per chart group.
///
/// Bucket i holds the values in (γ^(i-1), γ^i] with γ = (1 + α) / (1 - α), α = 0.01; zero
/// (a cached, instant answer) has a bucket of its own. Negative values are refused.
class LatencySketch
{
public:
    static constexpr double RelativeAccuracy = 0.01;

    /// Adds one value; negative or non-finite values are ignored (returns false).
    bool add(double value, qint64 count = 1);
    void merge(const LatencySketch &other);

    qint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }

    /// The value at rank floor(q × (count - 1)) of the sorted values, within 1%; nullopt
    /// when the sketch is empty or q is outside [0, 1].
    std::optional<double> quantile(double q) const;

    /// Compact text for a TEXT column (base64 of varint-coded buckets), the same bytes on
    /// SQLite and PostgreSQL. An empty sketch encodes to an empty string.
    QByteArray encode() const;
    /// Reads encode()'s text; nullopt when it is not a sketch.
    static std::optional<LatencySketch> decode(QByteArrayView text);
    /// Adds the values of encode()'s text to this sketch without building another one;
    /// false, adding nothing, when the text is not a sketch. Empty text adds nothing.
    bool mergeEncoded(QByteArrayView text);
    bool mergeEncoded(QStringView text);

private:
    static int indexOf(double value);
    static double valueOf(int index);
    void grow(int index);
    template <typename Char>
    bool mergeText(const Char *text, qsizetype size);

    qint64 m_count = 0;
    qint64 m_zeros = 0;
    int m_offset = 0;        ///< bucket index of m_counts[0]
    QList<qint64> m_counts;  ///< dense counts from m_offset
};
