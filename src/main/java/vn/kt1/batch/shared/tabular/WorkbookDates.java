package vn.kt1.batch.shared.tabular;

import java.io.InputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/** Whether a workbook counts its dates from 1904 instead of 1900. */
final class WorkbookDates {

	private WorkbookDates() {
	}

	static boolean uses1904(XSSFReader reader) throws Exception {
		try (InputStream in = reader.getWorkbookData()) {
			XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
						String value = xml.getAttributeValue(null, "date1904");
						return "1".equals(value) || "true".equalsIgnoreCase(value);
					}
				}
				return false;
			}
			finally {
				xml.close();
			}
		}
	}

}
