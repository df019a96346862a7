/**
 * What Chromium asks for over plain http to a LAN address, as a phone on the venue Wi-Fi does: brotli and
 * zstd only over HTTPS and to localhost, where the bench's hub is. Without this the bench measured brotli,
 * about a fifth smaller than the gzip a phone gets.
 */
export const PHONE_ON_THE_VENUE_WIFI = 'gzip, deflate'
