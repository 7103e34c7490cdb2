/* An I/O-error shim for the crash harness (scripts/crash_harness.py --mode eio), loaded with
 * LD_PRELOAD into the app's process. While the file named by FIELDRIDE_EIO_FLAG exists, every
 * write, pwrite, fsync and fdatasync on a file whose path contains "fieldride.db" (the data
 * file and its journal) fails with EIO, as a failing disk or a pulled USB drive would make it
 * fail; everything else (logs, Qt, Python) is untouched. Built by the harness with
 * `cc -shared -fPIC -O2 -o eio_shim.so eio_shim.c -ldl`. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static int failing(int fd) {
    const char *flag = getenv("FIELDRIDE_EIO_FLAG");
    if (flag == NULL || access(flag, F_OK) != 0) return 0;
    char link[64], target[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0) return 0;
    target[n] = '\0';
    return strstr(target, "fieldride.db") != NULL;
}

#define PASS(name, ret, params, args)                                        \
    ret name params {                                                        \
        static ret (*real) params = NULL;                                    \
        if (real == NULL) real = (ret (*) params)dlsym(RTLD_NEXT, #name);    \
        if (failing(fd)) { errno = EIO; return (ret)-1; }                    \
        return real args;                                                    \
    }

PASS(write, ssize_t, (int fd, const void *buf, size_t count), (fd, buf, count))
PASS(pwrite, ssize_t, (int fd, const void *buf, size_t count, off_t offset), (fd, buf, count, offset))
PASS(pwrite64, ssize_t, (int fd, const void *buf, size_t count, off_t offset), (fd, buf, count, offset))
PASS(fsync, int, (int fd), (fd))
PASS(fdatasync, int, (int fd), (fd))
