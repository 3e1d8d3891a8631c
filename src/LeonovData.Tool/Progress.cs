using System.Diagnostics;

namespace LeonovData.Tool;

/// <summary>
/// Progress of long steps on a terminal (standard error, one line rewritten in place); silent when
/// standard error is redirected or --quiet is given, so logs and pipes get only results.
/// </summary>
internal sealed class Progress(TextWriter? terminal)
{
    public static readonly Progress Silent = new(null);

    private readonly TextWriter? _terminal = terminal;

    public static Progress ForConsole(bool quiet) => quiet || Console.IsErrorRedirected ? Silent : new Progress(Console.Error);

    public Step Start(string what, int total) => new(this, what, total);

    /// <summary>A step without a count ("Compiling the dataset…"), shown at once and cleared when done.</summary>
    public Step Note(string what)
    {
        _terminal?.Write($"\r{what}…\u001b[K");
        return new Step(this, what, 0, drawn: _terminal is not null);
    }

    /// <summary>One step; shown only once it has run for a moment, so quick runs print nothing.</summary>
    public sealed class Step : IDisposable
    {
        private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(250);
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
        private readonly Progress _owner;
        private readonly string _what;
        private readonly int _total;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Lock _gate = new();
        private int _done;
        private TimeSpan _shown;
        private bool _drawn;

        internal Step(Progress owner, string what, int total, bool drawn = false)
        {
            _owner = owner;
            _what = what;
            _total = total;
            _drawn = drawn;
        }

        public void Advance()
        {
            var done = Interlocked.Increment(ref _done);
            if (_owner._terminal is not { } terminal)
            {
                return;
            }

            var now = _clock.Elapsed;
            lock (_gate)
            {
                if (now < Delay || now - _shown < Interval)
                {
                    return;
                }

                _shown = now;
                _drawn = true;
                terminal.Write($"\r{_what} {done}/{_total}…\u001b[K");
            }
        }

        public void Dispose()
        {
            if (_drawn && _owner._terminal is { } terminal)
            {
                terminal.Write("\r\u001b[K");
            }
        }
    }
}
