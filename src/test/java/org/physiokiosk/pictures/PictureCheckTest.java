package org.physiokiosk.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.TestPictures;

class PictureCheckTest {

    private static final PictureLimits LIMITS = PictureLimits.HANDOUT;

    @Test
    void readsTheSizeOfAPngAndAJpegFromTheirHeaders() throws Exception {
        assertThat(PictureCheck.check(TestPictures.noisePng(), LIMITS))
                .isEqualTo(new PictureHeader(PictureFormat.PNG, 300, 100));
        assertThat(PictureCheck.check(TestPictures.noiseJpeg(), LIMITS))
                .isEqualTo(new PictureHeader(PictureFormat.JPEG, 300, 100));
        assertThat(PictureDecoding.check(TestPictures.noisePng(), LIMITS).width()).isEqualTo(300);
        assertThat(PictureDecoding.check(TestPictures.noiseJpeg(), LIMITS).height()).isEqualTo(100);
    }

    @Test
    void aProgressiveJpegWithManyScansIsWholeAndItsCutIsNot() throws Exception {
        byte[] jpeg = TestPictures.progressiveJpeg();
        assertThat(PictureDecoding.check(jpeg, LIMITS)).isEqualTo(new PictureHeader(PictureFormat.JPEG, 300, 100));
        byte[] cut = TestPictures.truncated(jpeg, jpeg.length * 3 / 4);
        assertThatThrownBy(() -> PictureCheck.check(cut, LIMITS)).isInstanceOfSatisfying(PictureProblem.class,
                p -> assertThat(p.kind()).isEqualTo(PictureProblem.Kind.DAMAGED));
    }

    @Test
    void aSmallFileWithFifteenThousandPixelsASideIsRefusedForItsSize() {
        byte[] huge = TestPictures.hugePng();
        assertThat(huge.length).isLessThan(1_000_000);
        for (var check : new ThrowingCheck[] {b -> PictureCheck.check(b, LIMITS), b -> PictureDecoding.check(b, LIMITS)}) {
            assertThatThrownBy(() -> check.run(huge)).isInstanceOfSatisfying(PictureProblem.class, p -> {
                assertThat(p.kind()).isEqualTo(PictureProblem.Kind.TOO_LARGE);
                assertThat(p.header()).isEqualTo(new PictureHeader(PictureFormat.PNG, 15000, 15000));
                assertThat(p.limits()).isEqualTo(LIMITS);
                assertThat(p.getMessage()).contains("15000 x 15000 pixels");
            });
        }
    }

    @Test
    void theSizeIsJudgedFromTheHeaderBeforeAnyPixelIsRead() {
        // The header promises 60000 x 60000 pixels and the body is cut short: nothing past the header is read.
        byte[] header = TestPictures.truncated(TestPictures.png(60000, 60000, 8, 6, new byte[64]), 40);
        assertThatThrownBy(() -> PictureDecoding.check(header, LIMITS))
                .isInstanceOfSatisfying(PictureProblem.class,
                        p -> assertThat(p.kind()).isEqualTo(PictureProblem.Kind.TOO_LARGE));
    }

    @Test
    void limitsApplyToEachSideAndToAllThePixels() throws Exception {
        assertThat(PictureCheck.check(blankPng(4000, 3000), LIMITS).pixels()).isEqualTo(12_000_000);
        assertThat(PictureCheck.check(blankPng(4000, 1), LIMITS).width()).isEqualTo(4000);
        for (byte[] tooBig : new byte[][] {blankPng(4001, 1), blankPng(1, 4001), blankPng(3500, 3500)}) {
            assertThatThrownBy(() -> PictureCheck.check(tooBig, LIMITS)).isInstanceOfSatisfying(PictureProblem.class,
                    p -> assertThat(p.kind()).isEqualTo(PictureProblem.Kind.TOO_LARGE));
        }
    }

    @Test
    void aPngOrJpegCutShortIsDamaged() {
        byte[] png = TestPictures.noisePng();
        byte[] jpeg = TestPictures.noiseJpeg();
        for (byte[] cut : new byte[][] {TestPictures.truncated(png, 200), TestPictures.truncated(png, png.length - 1),
            TestPictures.truncated(png, 20), TestPictures.truncated(jpeg, jpeg.length / 2),
            TestPictures.truncated(jpeg, jpeg.length - 2), TestPictures.truncated(jpeg, 100)}) {
            assertThatThrownBy(() -> PictureCheck.check(cut, LIMITS)).isInstanceOfSatisfying(PictureProblem.class,
                    p -> assertThat(p.kind()).isEqualTo(PictureProblem.Kind.DAMAGED));
        }
    }

    @Test
    void aFlippedByteInAPngFailsItsChecksum() {
        byte[] png = TestPictures.noisePng();
        png[png.length / 2] ^= 0x40;
        assertThatThrownBy(() -> PictureCheck.check(png, LIMITS)).isInstanceOfSatisfying(PictureProblem.class, p -> {
            assertThat(p.kind()).isEqualTo(PictureProblem.Kind.DAMAGED);
            assertThat(p.getMessage()).contains("IDAT").contains("CRC");
        });
    }

    @Test
    void aPngWhoseLineEndsWereConvertedIsDamagedNotForeign() {
        byte[] png = TestPictures.noisePng();
        byte[] converted = new byte[png.length - 1];
        System.arraycopy(png, 0, converted, 0, 4);
        converted[4] = '\n'; // "\r\n" became "\n"
        System.arraycopy(png, 6, converted, 5, png.length - 6);
        assertThatThrownBy(() -> PictureCheck.check(converted, LIMITS)).isInstanceOfSatisfying(PictureProblem.class,
                p -> assertThat(p.kind()).isEqualTo(PictureProblem.Kind.DAMAGED));
    }

    @Test
    void garbledDataWithRightChecksumsIsFoundOnlyByDecoding() throws Exception {
        byte[] garbled = TestPictures.png(300, 100, 8, 2, "not zlib data at all".getBytes());
        assertThat(PictureCheck.check(garbled, LIMITS).width()).isEqualTo(300);
        assertThatThrownBy(() -> PictureDecoding.check(garbled, LIMITS)).isInstanceOfSatisfying(PictureProblem.class,
                p -> {
                    assertThat(p.kind()).isEqualTo(PictureProblem.Kind.DAMAGED);
                    assertThat(p.header()).isEqualTo(new PictureHeader(PictureFormat.PNG, 300, 100));
                });
    }

    @Test
    void otherFilesAreNotPngOrJpeg() {
        for (byte[] other : new byte[][] {new byte[0], "GIF89a....".getBytes(), "<svg xmlns=".getBytes(),
            {(byte) 0x89, 'P', 'N'}}) {
            assertThatThrownBy(() -> PictureCheck.check(other, LIMITS)).as(Arrays.toString(other))
                    .isInstanceOfSatisfying(PictureProblem.class,
                            p -> assertThat(p.kind()).isEqualTo(PictureProblem.Kind.NOT_PNG_OR_JPEG));
        }
    }

    /** A valid all-black greyscale PNG, built without holding its pixels as an image. */
    private static byte[] blankPng(int width, int height) {
        byte[] rows = new byte[(1 + width) * height];
        Deflater deflater = new Deflater();
        deflater.setInput(rows);
        deflater.finish();
        byte[] buffer = new byte[rows.length + 1024];
        int length = deflater.deflate(buffer);
        deflater.end();
        return TestPictures.png(width, height, 8, 0, Arrays.copyOf(buffer, length));
    }

    @FunctionalInterface
    private interface ThrowingCheck {
        PictureHeader run(byte[] bytes) throws PictureProblem;
    }
}
