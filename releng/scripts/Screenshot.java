import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.io.File;

import javax.imageio.ImageIO;

/** Saves the whole X display as a PNG: java Screenshot.java FILE.png (used by the product's smoke test). */
public class Screenshot {
	public static void main(String[] args) throws Exception {
		Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
		File file = new File(args[0]);
		file.getParentFile().mkdirs();
		ImageIO.write(new Robot().createScreenCapture(screen), "png", file);
	}
}
