package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The diagrams in processes/ stay readable for a process owner: no sequence flow is drawn through a
 * shape it does not connect, and every flow starts and ends on the outline of its own shapes (not
 * at their centres, where Modeler would draw the arrow hidden under the shape).
 */
class DiagramLayoutTest {

  /** How far (in diagram pixels) a flow's end may lie off its shape's outline: Modeler rounds. */
  private static final double ON_OUTLINE = 2;

  @TestFactory
  Stream<DynamicTest> noFlowIsDrawnThroughAnotherShapeAndFlowsEndOnTheirShapes() {
    return ProcessModelCheckTest.files("processes", ".bpmn").map(file -> DynamicTest.dynamicTest(file.getName(), () -> {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      assertThat(layoutProblems(model)).as(file.getName()).isEmpty();
    }));
  }

  static List<String> layoutProblems(BpmnModelInstance model) {
    Map<String, Rectangle2D> shapes = new HashMap<>();
    Map<String, BaseElement> elements = new HashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      Bounds b = shape.getBounds();
      shapes.put(shape.getBpmnElement().getId(), new Rectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight()));
      elements.put(shape.getBpmnElement().getId(), shape.getBpmnElement());
    }
    List<String> problems = new ArrayList<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (!(edge.getBpmnElement() instanceof SequenceFlow flow)) {
        continue;
      }
      List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
      if (points.size() < 2) {
        problems.add(flow.getId() + ": fewer than two waypoints");
        continue;
      }
      Set<String> connected = connectedShapes(flow);
      for (int i = 0; i + 1 < points.size(); i++) {
        Line2D segment = new Line2D.Double(points.get(i).getX(), points.get(i).getY(),
            points.get(i + 1).getX(), points.get(i + 1).getY());
        for (Map.Entry<String, Rectangle2D> shape : shapes.entrySet()) {
          if (connected.contains(shape.getKey()) || elements.get(shape.getKey()) instanceof SubProcess
              && encloses(shape.getValue(), segment)) {
            continue;
          }
          Rectangle2D inside = inset(shape.getValue(), 1);
          if (segment.intersects(inside)) {
            problems.add(flow.getId() + ": drawn through " + shape.getKey());
          }
        }
      }
      checkOnOutline(flow.getId(), "starts", flow.getSource(), shapes, points.get(0), problems);
      checkOnOutline(flow.getId(), "ends", flow.getTarget(), shapes, points.get(points.size() - 1), problems);
    }
    return problems;
  }

  /** The flow's own ends, the task a boundary event sits on, and sub-processes around either end. */
  private static Set<String> connectedShapes(SequenceFlow flow) {
    Set<String> ids = new HashSet<>();
    for (FlowNode end : List.of(flow.getSource(), flow.getTarget())) {
      ids.add(end.getId());
      if (end instanceof BoundaryEvent boundary) {
        ids.add(boundary.getAttachedTo().getId());
      }
      for (ModelElementInstance parent = end.getParentElement(); parent != null; parent = parent.getParentElement()) {
        if (parent instanceof SubProcess subProcess) {
          ids.add(subProcess.getId());
        }
      }
    }
    return ids;
  }

  private static void checkOnOutline(String flowId, String verb, FlowNode node, Map<String, Rectangle2D> shapes,
      Waypoint point, List<String> problems) {
    Rectangle2D box = shapes.get(node.getId());
    if (box == null) {
      problems.add(flowId + ": " + node.getId() + " is not drawn");
      return;
    }
    double dx = Math.abs(point.getX() - box.getCenterX());
    double dy = Math.abs(point.getY() - box.getCenterY());
    boolean onOutline;
    if (node instanceof Event) {
      onOutline = Math.abs(Math.hypot(dx, dy) - box.getWidth() / 2) <= ON_OUTLINE;
    } else if (node instanceof Gateway) {
      onOutline = Math.abs(dx / (box.getWidth() / 2) + dy / (box.getHeight() / 2) - 1) * box.getWidth() / 2 <= ON_OUTLINE;
    } else {
      onOutline = inset(box, -ON_OUTLINE).contains(point.getX(), point.getY())
          && !inset(box, ON_OUTLINE).contains(point.getX(), point.getY());
    }
    if (!onOutline) {
      problems.add(flowId + ": " + verb + " at (" + point.getX() + ", " + point.getY() + "), not on the outline of "
          + node.getId());
    }
  }

  private static boolean encloses(Rectangle2D box, Line2D segment) {
    return box.contains(segment.getP1()) && box.contains(segment.getP2());
  }

  private static Rectangle2D inset(Rectangle2D box, double by) {
    return new Rectangle2D.Double(box.getX() + by, box.getY() + by, box.getWidth() - 2 * by, box.getHeight() - 2 * by);
  }
}
