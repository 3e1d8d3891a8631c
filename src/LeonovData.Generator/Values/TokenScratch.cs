using System;
using System.Collections.Generic;

namespace LeonovData.Generator.Values;

/// <summary>
/// The token lists and cursors of one value's reading, lent by the thread and taken back together
/// when the reading ends. A corpus reads a value per fact, and each reading made a list, its array
/// and two or three cursors only to drop them: a tenth of what binding allocated.
/// </summary>
/// <remarks>
/// Outside a <see cref="Reading"/> (the unit table, tests calling a grammar directly) everything is
/// made new, as before. Inside one, nothing a grammar returns may hold a list or a cursor: results
/// are values and strings. Readings nest (a date-time reads its date); each gives back only what was
/// lent since it began. A thread keeps a few small lists and cursors, never a large one.
/// </remarks>
internal static class TokenScratch
{
    private const int MaxKept = 16;
    private const int MaxKeptCapacity = 64;

    [ThreadStatic]
    private static Pool? s_pool;

    /// <summary>Starts a reading: what is lent until its end is taken back then.</summary>
    public static Reading Begin()
    {
        var pool = s_pool ??= new Pool();
        pool.Depth++;
        return new Reading(pool, pool.ListsLent, pool.CursorsLent);
    }

    /// <summary>An empty list for at least <paramref name="capacity"/> tokens.</summary>
    public static List<Token> List(int capacity)
    {
        var pool = s_pool;
        if (pool is null || pool.Depth == 0 || pool.ListsLent == MaxKept)
        {
            return new List<Token>(capacity);
        }

        if (pool.ListsLent < pool.Lists.Count)
        {
            var list = pool.Lists[pool.ListsLent++];
            list.Clear();
            return list;
        }

        var made = new List<Token>(Math.Max(capacity, 8));
        pool.Lists.Add(made);
        pool.ListsLent++;
        return made;
    }

    /// <summary>A cursor over tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static Cursor Cursor(List<Token> tokens, int start, int end)
    {
        var pool = s_pool;
        if (pool is null || pool.Depth == 0 || pool.CursorsLent == MaxKept)
        {
            return new Cursor(tokens, start, end);
        }

        if (pool.CursorsLent < pool.Cursors.Count)
        {
            var cursor = pool.Cursors[pool.CursorsLent++];
            cursor.Reset(tokens, start, end);
            return cursor;
        }

        var made = new Cursor(tokens, start, end);
        pool.Cursors.Add(made);
        pool.CursorsLent++;
        return made;
    }

    /// <summary>One reading's share of the thread's lists and cursors; disposing it takes them back.</summary>
    internal readonly struct Reading : IDisposable
    {
        private readonly Pool _pool;
        private readonly int _lists;
        private readonly int _cursors;

        public Reading(Pool pool, int lists, int cursors)
        {
            _pool = pool;
            _lists = lists;
            _cursors = cursors;
        }

        public void Dispose()
        {
            var pool = _pool;
            if (pool is null)
            {
                return; // default(Reading): nothing was lent
            }

            global::System.Diagnostics.Debug.Assert(pool.Depth > 0 && pool.ListsLent >= _lists, "a reading is ended once, innermost first");
            pool.Depth--;
            for (var i = _lists; i < pool.ListsLent; i++)
            {
                // A list grown past a value's tokens (a long v= of a schema bound) is not kept.
                if (pool.Lists[i].Capacity > MaxKeptCapacity)
                {
                    pool.Lists[i] = new List<Token>(8);
                }
            }

            pool.ListsLent = _lists;
            for (var i = _cursors; i < pool.CursorsLent; i++)
            {
                // Let go of the tokens: a kept cursor holds no list of its own.
                pool.Cursors[i].Reset(s_none, 0, 0);
            }

            pool.CursorsLent = _cursors;
        }
    }

    private static readonly List<Token> s_none = new(0);

    internal sealed class Pool
    {
        public readonly List<List<Token>> Lists = new();
        public readonly List<Cursor> Cursors = new();
        public int ListsLent;
        public int CursorsLent;
        public int Depth;
    }
}
