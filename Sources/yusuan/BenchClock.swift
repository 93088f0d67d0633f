import Foundation

/// Wall and processor time of a piece of work, the processor time including the child
/// processes (pdftotext) it waited for: on a busy machine the wall time swings with other
/// load, the processor time much less.
struct BenchClock {
    struct Reading {
        var wall = 0.0
        var cpu = 0.0

        static func + (lhs: Reading, rhs: Reading) -> Reading { Reading(wall: lhs.wall + rhs.wall, cpu: lhs.cpu + rhs.cpu) }

        /// `1.23 s (CPU 1.10 s)`.
        var text: String { String(format: "%.2f s (CPU %.2f s)", wall, cpu) }
    }

    static func measure(_ work: () -> Void) -> Reading {
        let wallStart = DispatchTime.now().uptimeNanoseconds
        let cpuStart = cpuSeconds()
        work()
        return Reading(wall: Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9, cpu: cpuSeconds() - cpuStart)
    }

    /// User and system time of this process and its finished children.
    private static func cpuSeconds() -> Double {
        var total = 0.0
        #if os(Linux)
        let whos = [RUSAGE_SELF.rawValue, RUSAGE_CHILDREN.rawValue]
        #else
        let whos = [RUSAGE_SELF, RUSAGE_CHILDREN]
        #endif
        for who in whos {
            var usage = rusage()
            getrusage(who, &usage)
            total += Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
                + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        }
        return total
    }

    /// The middle reading of several (by wall time).
    static func median(_ readings: [Reading]) -> Reading {
        readings.sorted { $0.wall < $1.wall }[readings.count / 2]
    }
}
