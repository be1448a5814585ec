package org.planindicators.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Runs one task a file on up to a given number of threads, in rounds: {@link #run} starts a task (or runs it at once
 * when there is one thread, so that a single-threaded call makes no thread at all), {@link #await} waits for every
 * task started so far and rethrows the first failure in the order the tasks were started (an {@link Error} at
 * once). The threads are daemons, made on first need and ended by {@link #close}.
 */
public final class FileTasks implements AutoCloseable {
    private final int threads;
    private @Nullable ExecutorService pool;
    private final List<Future<?>> pending = new ArrayList<>();

    /** Tasks on up to {@code threads} threads (at least 1). */
    public FileTasks(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Runs {@code task} now (one thread) or on the pool. */
    public void run(Runnable task) {
        if (threads == 1) {
            task.run();
            return;
        }
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "plan-indicators-file");
                t.setDaemon(true);
                return t;
            });
        }
        pending.add(pool.submit(task));
    }

    /** Waits for every task started so far; a task's failure is rethrown (the first, in the order started). */
    public void await() {
        RuntimeException failure = null;
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error error) {
                    throw error;
                }
                if (failure == null) {
                    failure = cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) {
                    failure = new IllegalStateException("interrupted while validating", e);
                }
            }
        }
        pending.clear();
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
