/*
 * TEST AID ONLY, NEVER SHIPPED: a bcryptprimitives.dll exporting ProcessPrng, which Rust's
 * standard library imports and Wine 8 lacks (Windows 10 and later have it). Built by
 * scripts/windows-smoke.sh with mingw and put beside loket.exe in the Wine prefix only.
 * It fills the buffer from advapi32's RtlGenRandom (SystemFunction036).
 */
#include <windows.h>

BOOLEAN NTAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
